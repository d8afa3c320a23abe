package cn.perfeval.budget.rest;

import static cn.perfeval.budget.BudgetServiceTestSupport.as;
import static cn.perfeval.budget.BudgetServiceTestSupport.base;
import static cn.perfeval.budget.BudgetServiceTestSupport.erpOf;
import static cn.perfeval.budget.BudgetServiceTestSupport.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The two body limits (BulkBodyLimits): every endpoint that binds its body keeps the ordinary 10 MB limit, whether
 * the client declares the length or streams the body chunked; the ERP push streams its body and takes more.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class BulkBodyLimitsTests {

    private static final int ORDINARY_LIMIT = 10 * 1024 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI root;

    @Test
    void anOversizeBodyWithItsLengthDeclaredIsA413BeforeItIsRead() throws Exception {
        String dept = "LIMIT1";
        // Only the request head is sent, as a client waiting for 100 Continue does: the answer comes without the body.
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(60_000);
            String head = "PUT /" + base(dept, 2023).substring(1) + "/budget/appropriations HTTP/1.1\r\n"
                    + "Host: " + root.getHost() + ":" + root.getPort() + "\r\n"
                    + "Authorization: Bearer " + erpOf(dept) + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + (ORDINARY_LIMIT + 1) + "\r\n"
                    + "Expect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = readResponse(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                    .contains("payload-too-large", "only the bulk endpoints accept more");
        }
        assertNothingWritten(dept);
    }

    @Test
    void anOversizeChunkedBodyIsA413WhenItPassesTheLimit() throws Exception {
        String dept = "LIMIT2";
        byte[] body = paddedAppropriations(ORDINARY_LIMIT + 64 * 1024);
        // A stream of unknown length is sent chunked: no Content-Length to refuse it by.
        HttpResponse<String> response = HTTP.send(request(dept, "/budget/appropriations")
                        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("payload-too-large", "only the bulk endpoints accept more");
        assertNothingWritten(dept);
    }

    @Test
    void ordinaryRequestsOverHttp2AreServedAndAnOversizeOneIsRefused() throws Exception {
        String dept = "LIMIT4";
        // The JDK client's default: HTTP/2, upgraded from HTTP/1.1 (h2c) on a plain connection, as an ERP's may be.
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        String appropriations = "[{\"lineId\":\"A1\",\"source\":\"GENERAL_PUBLIC_BUDGET\",\"amount\":100.00}]";
        HttpResponse<String> read = http2.send(request(dept, "/budget/appropriations").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> written = http2.send(request(dept, "/budget/appropriations")
                .PUT(HttpRequest.BodyPublishers.ofString(appropriations)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> again = http2.send(request(dept, "/budget/appropriations").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        assertThat(again.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(again.body()).contains("\"lineId\":\"A1\"");

        HttpResponse<String> oversize = http2.send(request("LIMIT5", "/budget/appropriations")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(paddedAppropriations(ORDINARY_LIMIT + 1024))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(oversize.statusCode()).as(oversize.body()).isEqualTo(413);
        assertThat(oversize.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertNothingWritten("LIMIT5");
    }

    @Test
    void theErpPushTakesABodyAboveTheOrdinaryLimit() throws Exception {
        String dept = "LIMIT3";
        int lines = 1_000;
        StringBuilder json = new StringBuilder("[");
        String padding = " ".repeat(ORDINARY_LIMIT / lines + 100);
        for (int i = 0; i < lines; i++) {
            json.append(i == 0 ? "" : ",").append(padding).append("{\"lineId\":\"L-").append(i)
                    .append("\",\"date\":\"2023-05-01\",\"amount\":1.25,\"category\":\"BASIC_PERSONNEL\"}");
        }
        byte[] body = json.append("]").toString().getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(ORDINARY_LIMIT);

        HttpResponse<String> response = HTTP.send(request(dept, "/budget/expenditures").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"accepted\":" + lines);
    }

    private HttpRequest.Builder request(String dept, String path) {
        return HttpRequest.newBuilder(root.resolve(base(dept, 2023).substring(1) + path))
                .header("Authorization", "Bearer " + erpOf(dept)).header("Content-Type", "application/json");
    }

    /** Status line, headers and the body of Content-Length, read byte by byte (the connection may stay open). */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.write(next);
        }
        String headers = head.toString(StandardCharsets.US_ASCII);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headers + new String(body, StandardCharsets.UTF_8);
    }

    /** A valid appropriations list made large by whitespace, so only its size is wrong. */
    private static byte[] paddedAppropriations(int size) {
        String line = "{\"lineId\":\"A-1\",\"source\":\"GENERAL_PUBLIC_BUDGET\",\"amount\":1}";
        return ("[" + " ".repeat(size - line.length() - 2) + line + "]").getBytes(StandardCharsets.UTF_8);
    }

    private static void assertNothingWritten(String dept) {
        as(erpOf(dept)).get(base(dept, 2023) + "/budget/appropriations").then().statusCode(200)
                .header("ETag", "\"0\"").body("total", equalTo(0));
        assertThat(events("budget-events", dept, 2023)).isEmpty();
    }
}
