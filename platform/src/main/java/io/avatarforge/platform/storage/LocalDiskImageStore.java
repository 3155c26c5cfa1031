package io.avatarforge.platform.storage;

import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.model.storage.ImageRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** Stores images as files under one root directory; writes go to a temporary file and are moved into place. */
public final class LocalDiskImageStore implements ImageStore {

    private final Path root;

    public LocalDiskImageStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create image directory " + this.root, e);
        }
    }

    @Override
    public void put(ImageRef ref, byte[] bytes) {
        Path target = root.resolve(ref.key());
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            Files.write(temp, bytes, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store image " + ref, e);
        }
    }

    @Override
    public Optional<StoredImage> get(ImageRef ref) {
        Path file = root.resolve(ref.key()).normalize();
        if (!file.startsWith(root)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoredImage(Files.readAllBytes(file), ref.contentType()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read image " + ref, e);
        }
    }

    @Override
    public void delete(ImageRef ref) {
        Path file = root.resolve(ref.key()).normalize();
        if (!file.startsWith(root)) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete image " + ref, e);
        }
    }
}
