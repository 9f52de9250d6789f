package io.followthrough.platform.web;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Uploaded files as the services take them. */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] bytes(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded file", e);
        }
    }
}
