package io.followthrough.plan.action;

public record EvidenceJson(long id, String fileName, String mediaType, long size, String href) {

    public static EvidenceJson of(EvidenceFile file) {
        return new EvidenceJson(file.id, file.fileName, file.mediaType, file.sizeBytes, "/api/evidence/" + file.id);
    }
}
