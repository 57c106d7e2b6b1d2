package jp.tokyo.monozukuri.localstack.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import jp.tokyo.monozukuri.localstack.child.LauncherChild;
import jp.tokyo.monozukuri.localstack.child.NamedArgs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMTP server that keeps what it receives (GreenMail), with IMAP so that a person or a test can read
 * each recipient's mailbox: login = the e-mail address, any password. Messages are archived on receipt
 * and put back into the mailboxes on start. Usage:
 * {@code MailServerMain --smtp-port 3025 --imap-port 3143 --dir DIR/mail}.
 */
public final class MailServerMain {

    private static final Logger log = LoggerFactory.getLogger(MailServerMain.class);

    private MailServerMain() {
    }

    public static void main(String[] args) throws IOException, MessagingException, UserException {
        NamedArgs arguments = NamedArgs.parse(args);
        int smtpPort = arguments.port("smtp-port");
        int imapPort = arguments.port("imap-port");
        Path dir = arguments.path("dir");
        LauncherChild.attachToLauncher();

        String loopback = InetAddress.getLoopbackAddress().getHostAddress();
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, loopback, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, loopback, ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        MailArchive archive = new MailArchive(dir, Clock.systemUTC());
        UserManager users = greenMail.getUserManager();

        int restored = 0;
        for (MailArchive.StoredMessage stored : archive.load()) {
            mailboxOf(users, stored.recipient()).deliver(stored.message());
            restored++;
        }
        MessageDeliveryHandler toMailbox = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, recipient) -> {
            try {
                archive.keep(recipient.getEmail(), message.getMessage());
            } catch (IOException e) {
                // Refuse the delivery rather than accept a message that would not survive a restart.
                throw new MessagingException("cannot archive the message for " + recipient.getEmail(), e);
            }
            return toMailbox.handle(message, recipient);
        });

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            greenMail.stop();
            log.info("mail server stopped");
        }, "mail-shutdown"));
        greenMail.start();
        log.info("mail server: SMTP {}:{}, IMAP {}:{}, {} archived message(s) restored from {}",
                loopback, smtpPort, loopback, imapPort, restored, dir);
    }

    private static GreenMailUser mailboxOf(UserManager users, String address) throws UserException {
        GreenMailUser user = users.getUserByEmail(address);
        return user != null ? user : users.createUser(address, address, address);
    }
}
