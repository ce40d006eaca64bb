package org.caremarket.platform.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;

/**
 * Reads a JSON request body exactly as written, or refuses it: the one way the API turns JSON into its
 * input records. JSON-B, which it replaces for input, is lenient on purpose — it turns {@code "yes"} into
 * {@code false}, {@code 4294967298} into 2 and {@code 1.5} into 1, drops properties it does not know
 * and takes the last of two equal keys — and each of those stored something other than what a
 * provider's system sent. Here each is a 400 naming the field:
 * <ul>
 * <li>the body is one UTF-8 JSON value with nothing after it, no key twice in an object, nested at most
 * {@value #MAX_DEPTH} deep;</li>
 * <li>an object may hold only the record's own components (a typo such as {@code specialism} is refused,
 * not dropped, so a full replacement cannot wipe a field by accident);</li>
 * <li>a string is a JSON string (a number is not turned into text); a yes/no is {@code true} or
 * {@code false}; a whole number is written without a fraction or exponent and fits the field; other
 * numbers are finite and of a sensible size;</li>
 * <li>text is well-formed Unicode without control characters (tab and line breaks apart) or the
 * bidirectional overrides that make text display other than it reads;</li>
 * <li>dates are {@code YYYY-MM-DD} and instants ISO 8601 with an offset.</li>
 * </ul>
 * {@code null} and absent are the same; whether a field is required is Bean Validation's business,
 * which runs on the record this returns.
 */
public final class StrictJson {

    static final int MAX_DEPTH = 32;
    private static final int MAX_NUMBER_LENGTH = 40;
    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private StrictJson() {
    }

    /** Whether this reader binds the type: the API's own input records. */
    public static boolean binds(Class<?> type) {
        return type.isRecord() && type.getName().startsWith("org.caremarket.");
    }

    /**
     * @return the record the body describes, or null for an empty body or {@code null}
     * @throws InvalidInput listing every field that is not as the record needs it
     */
    public static <T> T read(byte[] body, Class<T> type) {
        JsonValue value = parse(body);
        return value == null ? null : bind(value, type);
    }

    /** One JSON value already parsed (an element of a streamed array, say), bound as {@link #read} does. */
    public static <T> T bind(JsonValue value, Class<T> type) {
        List<FieldError> errors = new ArrayList<>();
        Object bound = value(value, type, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return type.cast(bound);
    }

    /** @return the body's one JSON value, or null when the body is empty or {@code null} */
    static JsonValue parse(byte[] body) {
        int start = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body, start, body.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw InvalidInput.of("body", "is not valid UTF-8 text");
        }
        if (text.isBlank()) {
            return null;
        }
        try (Reader reader = new java.io.StringReader(text); JsonParser parser = Json.createParser(reader)) {
            JsonValue value = tree(parser, null, "");
            if (hasMore(parser)) {
                throw InvalidInput.of("body", "has more after the JSON value ends: send exactly one JSON value");
            }
            return value == JsonValue.NULL ? null : value;
        } catch (JsonParsingException malformed) {
            var at = malformed.getLocation();
            throw InvalidInput.of("body", at == null ? "is not well-formed JSON"
                    : "is not well-formed JSON (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")");
        } catch (java.io.IOException | jakarta.json.JsonException unreadable) {
            throw InvalidInput.of("body", "is not well-formed JSON");
        }
    }

    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException more) {
            return true;
        }
    }

    /** An object or array being read: its builder, the keys seen so far, where it is, the key of the value being read. */
    private static final class Frame {
        final Object builder;
        final String path;
        final Set<String> keys = new HashSet<>();
        String key;
        int index;

        Frame(Object builder, String path) {
            this.builder = builder;
            this.path = path;
        }

        /** Where the next value inside this object or array is. */
        String child() {
            if (builder instanceof JsonObjectBuilder) {
                return path.isEmpty() ? key : path + "." + key;
            }
            return (path.isEmpty() ? "body" : path) + "[" + index + "]";
        }

        void add(JsonValue value) {
            if (builder instanceof JsonObjectBuilder object) {
                object.add(key, value);
                key = null;
            } else {
                ((JsonArrayBuilder) builder).add(value);
                index++;
            }
        }

        JsonValue build() {
            return builder instanceof JsonObjectBuilder object ? object.build() : ((JsonArrayBuilder) builder).build();
        }
    }

    /**
     * The next value of a JSON document being streamed (an element of a long array, say), read as {@link #read}
     * reads a body: no key twice in an object, no deeper than the limit, no number too long.
     *
     * @param first the value's first event, already taken from the parser
     * @param where where the value is in the document, for naming fields ({@code [3]})
     */
    public static JsonValue next(JsonParser parser, JsonParser.Event first, String where) {
        return tree(parser, first, where);
    }

    /** Builds the tree from the parser's events, refusing a key twice in one object and too deep a nesting. */
    private static JsonValue tree(JsonParser parser, JsonParser.Event first, String root) {
        Deque<Frame> open = new ArrayDeque<>();
        JsonParser.Event pending = first;
        while (true) {
            if (pending == null && !parser.hasNext()) {
                throw InvalidInput.of("body", "is not well-formed JSON (it ends too soon)");
            }
            JsonParser.Event event = pending != null ? pending : parser.next();
            pending = null;
            String here = open.isEmpty() ? (root.isEmpty() ? "body" : root) : open.peek().child();
            JsonValue value;
            switch (event) {
                case START_OBJECT, START_ARRAY -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw InvalidInput.of("body", "is nested more than " + MAX_DEPTH + " deep");
                    }
                    open.push(new Frame(event == JsonParser.Event.START_OBJECT ? Json.createObjectBuilder()
                            : Json.createArrayBuilder(), open.isEmpty() ? root : here));
                    continue;
                }
                case KEY_NAME -> {
                    Frame object = open.peek();
                    object.key = parser.getString();
                    if (!object.keys.add(object.key)) {
                        throw InvalidInput.of(object.child(), "is given twice in the same object; give it once");
                    }
                    continue;
                }
                case END_OBJECT, END_ARRAY -> value = open.pop().build();
                case VALUE_STRING -> value = Json.createValue(parser.getString());
                case VALUE_NUMBER -> value = number(parser.getString(), here);
                case VALUE_TRUE -> value = JsonValue.TRUE;
                case VALUE_FALSE -> value = JsonValue.FALSE;
                case VALUE_NULL -> value = JsonValue.NULL;
                default -> throw InvalidInput.of("body", "is not well-formed JSON");
            }
            if (open.isEmpty()) {
                return value;
            }
            open.peek().add(value);
        }
    }

    /** A number as written, refused when it is too long to be meant (1e999999999 would take minutes to expand). */
    private static JsonNumber number(String text, String field) {
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw InvalidInput.of(field, "is a number too long to be meant: at most " + MAX_NUMBER_LENGTH + " characters");
        }
        BigDecimal exact = new BigDecimal(text);
        if (Math.abs((long) exact.scale()) > 1000) {
            throw InvalidInput.of(field, "is out of range");
        }
        return Json.createValue(exact);
    }

    private static Object value(JsonValue json, Type type, String field, List<FieldError> errors) {
        Class<?> raw = rawClass(type);
        if (json == null || json == JsonValue.NULL) {
            if (raw.isPrimitive()) {
                errors.add(new FieldError(name(field), "is required"));
            }
            return null;
        }
        if (raw == String.class) {
            return json instanceof JsonString s ? text(s.getString(), field, errors)
                    : wrong(field, "must be text in quotes", errors);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (json == JsonValue.TRUE || json == JsonValue.FALSE) {
                return json == JsonValue.TRUE;
            }
            return wrong(field, "must be true or false", errors);
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return whole(json, raw == Integer.class || raw == int.class, field, errors);
        }
        if (raw == BigDecimal.class) {
            return json instanceof JsonNumber n ? n.bigDecimalValue() : wrong(field, "must be a number", errors);
        }
        if (raw == Double.class || raw == double.class) {
            if (!(json instanceof JsonNumber n)) {
                return wrong(field, "must be a number", errors);
            }
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : wrong(field, "is out of range", errors);
        }
        if (raw == LocalDate.class) {
            return moment(json, field, errors, "must be a date, YYYY-MM-DD", t -> LocalDate.parse(t, DATE));
        }
        if (raw == Instant.class) {
            return moment(json, field, errors, "must be a date and time with its offset, e.g. 2026-11-01T09:30:00Z",
                    t -> OffsetDateTime.parse(t).toInstant());
        }
        if (List.class.equals(raw)) {
            if (!(json instanceof JsonArray array)) {
                return wrong(field, "must be a list [ … ]", errors);
            }
            Type element = elementType(type);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                out.add(value(array.get(i), element, (field.isEmpty() ? "body" : field) + "[" + i + "]", errors));
            }
            return java.util.Collections.unmodifiableList(out);
        }
        if (raw.isRecord()) {
            return json instanceof JsonObject object ? record(object, raw, field, errors)
                    : wrong(field, "must be an object { … }", errors);
        }
        throw new IllegalStateException("no strict binding for " + type + " at " + name(field));
    }

    private static Object record(JsonObject object, Class<?> type, String field, List<FieldError> errors) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String key : object.keySet()) {
            if (!names.contains(key)) {
                errors.add(new FieldError(join(field, key), "is not a field here; the fields are " + String.join(", ", names)));
            }
        }
        int before = errors.size();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            args[i] = value(object.get(c.getName()), c.getGenericType(), join(field, c.getName()), errors);
        }
        if (errors.size() > before) {
            return null;
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (InvocationTargetException refused) {
            if (refused.getCause() instanceof InvalidInput invalid) {
                errors.addAll(invalid.errors());
                return null;
            }
            if (refused.getCause() instanceof IllegalArgumentException bad) {
                errors.add(new FieldError(name(field), bad.getMessage()));
                return null;
            }
            throw new IllegalStateException("cannot make " + type.getName(), refused.getCause());
        } catch (ReflectiveOperationException cannot) {
            throw new IllegalStateException("cannot make " + type.getName(), cannot);
        }
    }

    private static Object whole(JsonValue json, boolean intSized, String field, List<FieldError> errors) {
        if (!(json instanceof JsonNumber n)) {
            return wrong(field, "must be a whole number", errors);
        }
        String text = n.toString();
        if (!WHOLE.matcher(text).matches()) {
            return wrong(field, "must be a whole number, without a decimal point or exponent", errors);
        }
        long min = intSized ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = intSized ? Integer.MAX_VALUE : Long.MAX_VALUE;
        try {
            long v = Long.parseLong(text);
            if (v >= min && v <= max) {
                // not a conditional expression: Integer : Long would be unboxed and boxed again as a Long
                if (intSized) {
                    return (int) v;
                }
                return v;
            }
        } catch (NumberFormatException tooLong) {
            // falls through to the range message
        }
        return wrong(field, "is out of range (" + min + " to " + max + ")", errors);
    }

    private static Object moment(JsonValue json, String field, List<FieldError> errors, String message,
                                 java.util.function.Function<String, Object> parse) {
        if (!(json instanceof JsonString s)) {
            return wrong(field, message, errors);
        }
        try {
            return parse.apply(s.getString());
        } catch (DateTimeException notAMoment) {
            return wrong(field, message + "; '" + clip(s.getString()) + "' is not one", errors);
        }
    }

    /** Text as sent, or an error when it holds what no field of the API has a use for. */
    private static String text(String s, String field, List<FieldError> errors) {
        String problem = textProblem(s);
        if (problem != null) {
            errors.add(new FieldError(name(field), problem));
            return null;
        }
        return s;
    }

    /**
     * What is wrong with a text no field has a use for, with where (half a surrogate pair, NUL, other control
     * characters but tab and line breaks, bidirectional overrides, non-characters), or null when it is fine. The one
     * rule for text, whether it came in JSON or a page's form.
     */
    public static String textProblem(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            String problem = Character.isSurrogate(c) ? "holds half of a Unicode surrogate pair"
                    : c == 0 ? "must not contain the NUL character (\\u0000)"
                    : (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) ? "must not contain control characters"
                    : (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ? "must not contain bidirectional override characters"
                    : c == 0xFFFE || c == 0xFFFF ? "must not contain Unicode non-characters" : null;
            if (problem != null) {
                return problem + " (at character " + (i + 1) + ")";
            }
        }
        return null;
    }

    private static Object wrong(String field, String message, List<FieldError> errors) {
        errors.add(new FieldError(name(field), message));
        return null;
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static String name(String field) {
        return field.isEmpty() ? "body" : field;
    }

    private static String join(String field, String key) {
        return field.isEmpty() ? key : field + "." + key;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return rawClass(w.getUpperBounds()[0]);
        }
        throw new IllegalStateException("no strict binding for " + type);
    }

    private static Type elementType(Type type) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[0];
        }
        throw new IllegalStateException("a list without its element type: " + type);
    }
}
