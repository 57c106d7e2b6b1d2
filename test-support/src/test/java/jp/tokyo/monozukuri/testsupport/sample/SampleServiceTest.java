package jp.tokyo.monozukuri.testsupport.sample;

import jp.tokyo.monozukuri.testsupport.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/** One shared context for every plumbing test: the sample service on the real broker and store. */
@RealInfrastructure
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SampleServiceTest {

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;

    /** A client that returns every response, error statuses included, for the test to assert on. */
    protected RestClient http() {
        return client(port);
    }

    /** The same on the management port: health and prometheus. */
    protected RestClient management() {
        return client(managementPort);
    }

    private static RestClient client(int port) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }
}
