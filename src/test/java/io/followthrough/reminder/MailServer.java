package io.followthrough.reminder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

/**
 * The service with a real mail server: GreenMail's SMTP server runs in the test JVM on a free port, and quarkus-mailer
 * (not mocked) delivers to it. Links start with a public URL of the tests' choosing, and the council has a name of
 * its own, so the messages show that both come from configuration.
 */
public class MailServer implements QuarkusTestProfile {

    static final String PUBLIC_URL = "https://followthrough.testshire.gov.uk";
    static final String COUNCIL = "Testshire County Council";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("followthrough.reminders.public-url", PUBLIC_URL, "followthrough.council-name", COUNCIL);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Smtp.class));
    }

    public static class Smtp implements QuarkusTestResourceLifecycleManager {

        static GreenMail greenMail;

        @Override
        public Map<String, String> start() {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(port), "quarkus.mailer.start-tls", "DISABLED",
                    "quarkus.mailer.from", "followthrough@testshire.gov.uk");
        }

        @Override
        public void stop() {
            if (greenMail != null) {
                greenMail.stop();
            }
        }
    }
}
