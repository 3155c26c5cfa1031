package io.avatarforge.platform.storage;

import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.model.storage.ImageRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDiskImageStoreTest {

    @TempDir
    Path root;

    @Test
    void storedBytesComeBackWithTheirTypeAndSurviveANewStoreOnTheSameDirectory() {
        ImageRef ref = ImageRef.avatar("user-1", UUID.randomUUID(), "image/png");
        new LocalDiskImageStore(root).put(ref, new byte[] {1, 2, 3});

        ImageStore.StoredImage again = new LocalDiskImageStore(root).get(ref).orElseThrow();

        assertThat(again.bytes()).containsExactly(1, 2, 3);
        assertThat(again.contentType()).isEqualTo("image/png");
        assertThat(ref.key()).startsWith("avatars/user-1/").endsWith(".png");
    }

    @Test
    void anUnknownReferenceIsAbsent() {
        ImageRef ref = new ImageRef("inputs/ab/abcdef00-0000-0000-0000-000000000000.jpg");

        assertThat(new LocalDiskImageStore(root).get(ref)).isEmpty();
    }

    @Test
    void aDeletedImageIsAbsentAndDeletingItAgainIsHarmless() {
        LocalDiskImageStore store = new LocalDiskImageStore(root);
        ImageRef ref = ImageRef.input(UUID.randomUUID(), "image/jpeg");
        store.put(ref, new byte[] {4});

        store.delete(ref);
        store.delete(ref);

        assertThat(store.get(ref)).isEmpty();
    }

    @Test
    void aReferenceCannotEscapeTheRoot() {
        assertThatThrownBy(() -> new ImageRef("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImageRef("avatars/../abcdef00-0000-0000-0000-000000000000.png"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUserIdThatIsNotAPlainSegmentBecomesADigestOfIt() {
        UUID id = UUID.randomUUID();

        assertThat(ImageRef.avatar("../../evil/x", id, "image/webp").key()).matches("avatars/h-[0-9a-f]{32}/.*\\.webp");
        assertThat(ImageRef.avatar(null, id, "image/png").key()).isEqualTo("avatars/_none/" + id + ".png");
    }
}
