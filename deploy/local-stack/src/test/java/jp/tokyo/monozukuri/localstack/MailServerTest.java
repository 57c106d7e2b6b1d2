package jp.tokyo.monozukuri.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mail server keeps what it receives: mail sent before a restart is in the mailboxes after it. */
class MailServerTest {

    private static final String SHINAGAWA = "sangyo@city.shinagawa.example.jp";
    private static final String HACHIOJI = "sangyo@city.hachioji.example.jp";
    private static final String SENDER = "sangyo-rodo@metro.tokyo.example.jp";

    @TempDir
    Path dataDir;

    @Test
    void mailSentBeforeARestartCanBeReadOverImapAfterIt() throws Exception {
        // given a running mail server that received two notices, one of them for two municipalities
        StackPlan plan = StackFixture.plan(dataDir);
        ChildSpec mail = StackFixture.spec(plan, StackPlan.MAIL);
        ChildProcess running = StackFixture.startAndAwait(mail);
        Session session = session(plan.ports());
        send(session, "地域産業基盤強化計画の承認について", "品川区長 殿\n\n貴区の計画を承認しました。", SHINAGAWA);
        send(session, "平成26年度 交付決定通知", "交付を決定しました。", SHINAGAWA, HACHIOJI);

        // when it is stopped and started again
        StackFixture.stop(running);
        ChildProcess restarted = StackFixture.startAndAwait(mail);

        // then each recipient reads its own mail, logging in with its address and any password
        try {
            assertThat(subjectsIn(session, plan.ports(), SHINAGAWA, "any-password"))
                    .containsExactly("地域産業基盤強化計画の承認について", "平成26年度 交付決定通知");
            assertThat(subjectsIn(session, plan.ports(), HACHIOJI, "another-password"))
                    .containsExactly("平成26年度 交付決定通知");
            assertThat(bodyOfFirst(session, plan.ports(), SHINAGAWA)).contains("品川区長 殿");
        } finally {
            StackFixture.stop(restarted);
        }
        // and the restored messages were not archived a second time
        assertThat(emlFiles(plan.layout().mail().resolve(SHINAGAWA))).hasSize(2);
        assertThat(emlFiles(plan.layout().mail().resolve(HACHIOJI))).hasSize(1);
    }

    private static Session session(Ports ports) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(ports.smtp()));
        properties.put("mail.imap.host", "localhost");
        properties.put("mail.imap.port", String.valueOf(ports.imap()));
        return Session.getInstance(properties);
    }

    private static void send(Session session, String subject, String body, String... recipients)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(SENDER));
        for (String recipient : recipients) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }

    private static List<String> subjectsIn(Session session, Ports ports, String login, String password)
            throws MessagingException {
        try (Store store = session.getStore("imap")) {
            store.connect("localhost", ports.imap(), login, password);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
            return subjects;
        }
    }

    private static String bodyOfFirst(Session session, Ports ports, String login)
            throws MessagingException, IOException {
        try (Store store = session.getStore("imap")) {
            store.connect("localhost", ports.imap(), login, "x");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            String body = inbox.getMessage(1).getContent().toString();
            inbox.close(false);
            return body;
        }
    }

    private static List<Path> emlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".eml")).toList();
        }
    }
}
