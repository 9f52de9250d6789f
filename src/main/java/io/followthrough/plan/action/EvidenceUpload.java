package io.followthrough.plan.action;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** A file as uploaded, before it is checked and stored. */
public record EvidenceUpload(String fileName, String mediaType, byte[] content) {

    /** The files chosen; a file input left empty arrives as a part with no name, which is not a file. */
    public static List<EvidenceUpload> from(List<FileUpload> files) {
        List<EvidenceUpload> uploads = new ArrayList<>();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            if (file.fileName() == null || file.fileName().isBlank()) {
                continue;
            }
            try {
                uploads.add(new EvidenceUpload(file.fileName(), file.contentType(),
                        Files.readAllBytes(file.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read an uploaded file", e);
            }
        }
        return uploads;
    }
}
