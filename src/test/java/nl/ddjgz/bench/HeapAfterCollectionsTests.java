package nl.ddjgz.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The heap figure of the day's volume: what a collection left in use, the heap pools only. */
class HeapAfterCollectionsTests {

    @Test
    void countsTheHeapPoolsOnlyAfterACollection() {
        Map<String, MemoryUsage> afterGc = new HashMap<>();
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long used = pool.getType() == MemoryType.HEAP ? 3L << 20 : 7L << 20;
            afterGc.put(pool.getName(), new MemoryUsage(0, used, used, -1));
            if (pool.getType() == MemoryType.HEAP) {
                heap += used;
            }
        }

        try (HeapAfterCollections watch = HeapAfterCollections.watch()) {
            assertThat(heap).isPositive();
            assertThat(watch.heapInUse(afterGc)).isEqualTo(heap);
        }
    }

    @Test
    void aCollectionWhileWatchingGivesItsFigure() throws InterruptedException {
        try (HeapAfterCollections watch = HeapAfterCollections.watch()) {
            System.gc();
            for (int i = 0; i < 100 && watch.collections() == 0; i++) {
                Thread.sleep(20);
            }

            assertThat(watch.collections()).isPositive();
            assertThat(watch.peak()).isPositive();
        }
    }
}
