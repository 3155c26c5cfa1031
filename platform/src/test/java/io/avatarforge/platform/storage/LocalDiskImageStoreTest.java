package io.avatarforge.platform.storage;

import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.model.storage.ImageRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDiskImageStoreTest {

    @TempDir
    Path root;

    @Test
    void storedBytesComeBackWithTheirTypeAndSurviveANewStoreOnTheSameDirectory() {
        ImageRef ref = new LocalDiskImageStore(root).put("results", new byte[] {1, 2, 3}, "image/png");

        ImageStore.StoredImage again = new LocalDiskImageStore(root).get(ref).orElseThrow();

        assertThat(again.bytes()).containsExactly(1, 2, 3);
        assertThat(again.contentType()).isEqualTo("image/png");
        assertThat(ref.key()).startsWith("results/").endsWith(".png");
    }

    @Test
    void anUnknownReferenceIsAbsent() {
        ImageRef ref = new ImageRef("inputs/ab/abcdef00-0000-0000-0000-000000000000.jpg");

        assertThat(new LocalDiskImageStore(root).get(ref)).isEmpty();
    }

    @Test
    void aReferenceCannotEscapeTheRoot() {
        assertThatThrownBy(() -> new ImageRef("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
