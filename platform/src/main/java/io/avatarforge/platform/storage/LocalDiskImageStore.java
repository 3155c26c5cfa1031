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
import java.util.UUID;

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
    public ImageRef put(String category, byte[] bytes, String contentType) {
        String id = UUID.randomUUID().toString();
        ImageRef ref = new ImageRef(category + "/" + id.substring(0, 2) + "/" + id + "." + extension(contentType));
        Path target = root.resolve(ref.key());
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            Files.write(temp, bytes, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store image " + ref, e);
        }
        return ref;
    }

    @Override
    public Optional<StoredImage> get(ImageRef ref) {
        Path file = root.resolve(ref.key()).normalize();
        if (!file.startsWith(root)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoredImage(Files.readAllBytes(file), contentType(ref.key())));
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

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/webp" -> "webp";
            default -> throw new IllegalArgumentException("Unsupported content type " + contentType);
        };
    }

    private static String contentType(String key) {
        if (key.endsWith(".png")) {
            return "image/png";
        }
        if (key.endsWith(".webp")) {
            return "image/webp";
        }
        return "image/jpeg";
    }
}
