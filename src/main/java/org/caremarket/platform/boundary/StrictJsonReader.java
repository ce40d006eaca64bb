package org.caremarket.platform.boundary;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.caremarket.platform.control.StrictJson;
import org.caremarket.platform.entity.InvalidInput;

/**
 * Every JSON body the API takes is read by {@link StrictJson}: the application's own reader comes before
 * the runtime's JSON-B one for the API's input records. A charset other than UTF-8 is refused (RFC 8259
 * requires UTF-8 between systems).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return StrictJson.binds(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw InvalidInput.of("Content-Type", "JSON must be sent as UTF-8 (charset=utf-8), not " + charset);
        }
        return StrictJson.read(entityStream.readAllBytes(), type);
    }
}
