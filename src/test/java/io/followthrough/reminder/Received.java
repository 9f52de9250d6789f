package io.followthrough.reminder;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A message as GreenMail received it: who it went to, its subject and its plain-text and HTML parts. */
record Received(String to, String from, String subject, String text, String html) {

    static List<Received> all() {
        List<Received> all = new ArrayList<>();
        for (MimeMessage message : MailServer.Smtp.greenMail.getReceivedMessages()) {
            all.add(of(message));
        }
        return all;
    }

    static List<Received> to(String address) {
        return all().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    private static Received of(MimeMessage message) {
        try {
            String to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .findFirst().orElse("");
            String[] parts = {null, null};
            collect(message.getContent(), message.getContentType(), parts);
            return new Received(to, message.getFrom()[0].toString(), message.getSubject(), parts[0], parts[1]);
        } catch (Exception e) {
            throw new AssertionError("Unreadable message", e);
        }
    }

    private static void collect(Object content, String type, String[] parts) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), part.getContentType(), parts);
            }
        } else if (content instanceof String text) {
            if (type.toLowerCase().startsWith("text/html")) {
                parts[1] = text;
            } else if (type.toLowerCase().startsWith("text/plain")) {
                parts[0] = text;
            }
        }
    }
}
