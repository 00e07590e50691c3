package nl.ddjgz.massvaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The approval guard's view of the reviewed children: the exact set, not its size or order. */
class ReviewedChildrenTests {

    private final UUID a = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private final UUID b = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private final UUID c = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @Test
    void theSameChildrenInAnotherOrderAreTheSameReview() {
        assertThat(ReviewedChildren.fingerprint(List.of(a, b))).isEqualTo(ReviewedChildren.fingerprint(List.of(b, a)));
    }

    @Test
    void oneChildAddedAndAnotherTakenOutIsAnotherReviewThoughTheCountIsTheSame() {
        assertThat(ReviewedChildren.fingerprint(List.of(a, b)))
                .isNotEqualTo(ReviewedChildren.fingerprint(List.of(a, c)));
    }

    @Test
    void noChildrenIsAReviewToo() {
        assertThat(ReviewedChildren.fingerprint(List.of()))
                .hasSize(64)
                .isNotEqualTo(ReviewedChildren.fingerprint(List.of(a)));
    }
}
