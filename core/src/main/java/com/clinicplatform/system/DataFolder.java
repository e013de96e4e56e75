package com.clinicplatform.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.springframework.stereotype.Component;

/** The data folder ({@code CLINIC_DATA_DIR}): where the apps leave one-time secrets for the person running them. */
@Component
public class DataFolder {

    private final Path root;

    DataFolder(ClinicProperties properties) {
        this.root = properties.dataDir();
    }

    public Path resolve(String fileName) {
        return root.resolve(fileName);
    }

    /** Fails with the folder named when secrets could not be written there. */
    private void requireWritable() {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + root, e);
        }
        if (!Files.isWritable(root)) {
            throw new IllegalStateException("The data folder " + root + " is not writable");
        }
    }

    /** Writes a secret that only the owner of the process may read, replacing any earlier one. */
    public Path writeSecret(String fileName, String secret) {
        requireWritable();
        Path file = resolve(fileName);
        try {
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, secret + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    public boolean delete(String fileName) {
        try {
            return Files.deleteIfExists(resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + resolve(fileName), e);
        }
    }
}
