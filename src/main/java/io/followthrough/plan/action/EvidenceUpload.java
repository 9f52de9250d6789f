package io.followthrough.plan.action;

import io.followthrough.platform.web.Uploads;
import org.jboss.resteasy.reactive.multipart.FileUpload;

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
            uploads.add(new EvidenceUpload(file.fileName(), file.contentType(), Uploads.bytes(file)));
        }
        return uploads;
    }
}
