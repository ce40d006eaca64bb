package org.caremarket.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.caremarket.Api;
import org.caremarket.client.ApiClient;
import org.caremarket.client.ApiException;
import org.caremarket.client.ApiResponse;
import org.caremarket.client.api.BrokerageApi;
import org.caremarket.client.api.ProvidersApi;
import org.caremarket.client.api.VacanciesApi;
import org.caremarket.client.model.BedType;
import org.caremarket.client.model.CarePackageNeeds;
import org.caremarket.client.model.FieldError;
import org.caremarket.client.model.Funding;
import org.caremarket.client.model.NewCarePackage;
import org.caremarket.client.model.NewProvider;
import org.caremarket.client.model.Ownership;
import org.caremarket.client.model.Problem;
import org.caremarket.client.model.ProviderView;
import org.caremarket.client.model.Urgency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract proven the way a council's or provider's integration uses it: through a Java client that
 * openapi-generator made from {@code openapi/openapi.yaml} at build time (library {@code native}: java.net.http and
 * Jackson; see the pom), with no hand-written HTTP.
 */
class GeneratedClientIT {

    private static ApiClient client(String key) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Api.BASE);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        return client;
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(h -> h.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    @Test
    @DisplayName("R0.22 a generated client reads a provider's ETag and replaces it with If-Match; the stale ETag then gets 412")
    void conditionalWrite() throws ApiException {
        ProvidersApi providers = new ProvidersApi(client(Api.ADMIN));
        String name = "Generated Client Care " + Api.unique();
        String id = providers.createProvider(new NewProvider().name(name).ownership(Ownership.PRIVATE)).getId();

        ApiResponse<ProviderView> read = providers.getProviderWithHttpInfo(id, null);
        String etag = header(read, "ETag");
        ApiResponse<ProviderView> updated = providers.updateProviderWithHttpInfo(id, etag,
                new NewProvider().name(name + " Ltd").ownership(Ownership.VOLUNTARY));
        assertEquals(200, updated.getStatusCode());
        assertEquals(name + " Ltd", updated.getData().getName());
        assertEquals(Ownership.VOLUNTARY, updated.getData().getOwnership());
        assertNotEquals(etag, header(updated, "ETag"));

        ApiException stale = assertThrows(ApiException.class, () -> providers.updateProvider(id, etag,
                new NewProvider().name(name + " again").ownership(Ownership.PRIVATE)));
        assertEquals(412, stale.getCode(), stale::getResponseBody);
        assertEquals(name + " Ltd", providers.getProvider(id, null).getName(), "the stale write changed nothing");
    }

    @Test
    @DisplayName("R0.22 the generated model marks a care package's kind required, and a create without it is a 400 naming kind")
    void createMissingRequiredField() throws Exception {
        JsonProperty kind = NewCarePackage.class.getMethod("getKind").getAnnotation(JsonProperty.class);
        assertTrue(kind.required(), "NewCarePackage.kind is required in the generated model");
        for (String field : List.of("getUrgency", "getFunding", "getStartDate", "getPostcode", "getNeeds")) {
            assertTrue(NewCarePackage.class.getMethod(field).getAnnotation(JsonProperty.class).required(), field);
        }

        ApiClient client = client("cm_demo_broker_leeds");
        NewCarePackage withoutKind = new NewCarePackage().postcode("LS9 7TF")
                .startDate(LocalDate.now(ZoneOffset.UTC).plusDays(7)).urgency(Urgency.ROUTINE)
                .funding(Funding.COUNCIL_ARRANGED).needs(new CarePackageNeeds().bedType(BedType.NURSING_DEMENTIA));
        ApiException refused = assertThrows(ApiException.class, () -> new BrokerageApi(client).requestCarePackage(withoutKind));
        assertEquals(400, refused.getCode(), refused::getResponseBody);
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(List.of("kind"), problem.getErrors().stream().map(FieldError::getField).toList());
    }

    @Test
    @DisplayName("R0.22 a generated client downloads the Capacity Tracker export as CSV text")
    void csvExport() throws ApiException, IOException {
        File export = new VacanciesApi(client("cm_demo_commissioner_leeds")).capacityTrackerExport("E08000035");
        List<String> lines = Files.readAllLines(export.toPath(), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("cqcid,name,postcode,localauthority,maxcapacity,usedbeds,declaredvacancies"),
                lines.get(0));
        assertTrue(lines.size() > 1 && lines.stream().skip(1).allMatch(line -> line.contains(",Leeds,")),
                "Leeds care homes, one a line: " + lines.size() + " lines");
        Files.delete(export.toPath());
    }
}
