package org.caremarket.access;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.boundary.Public;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

    @Test
    @DisplayName("R3.1 every resource method says who may call it: @Public or @Allowed")
    void everyEndpointHasARule() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target", "classes");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                for (Method method : Class.forName(name).getDeclaredMethods()) {
                    boolean endpoint = Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)
                            .anyMatch(method::isAnnotationPresent);
                    if (endpoint) {
                        checked++;
                        if (!method.isAnnotationPresent(Public.class) && !method.isAnnotationPresent(Allowed.class)) {
                            missing.add(name + "." + method.getName());
                        }
                    }
                }
            }
        }
        assertTrue(checked >= 16, "endpoints found: " + checked);
        assertTrue(missing.isEmpty(), "endpoints without a rule: " + missing);
    }
}
