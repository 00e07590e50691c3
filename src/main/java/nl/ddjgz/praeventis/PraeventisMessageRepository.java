package nl.ddjgz.praeventis;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PraeventisMessageRepository extends Repository<PraeventisMessage, UUID> {

    PraeventisMessage save(PraeventisMessage message);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from PraeventisMessage m where m.contactMomentId = :contactMomentId and m.state <> 'WITHDRAWN'")
    Optional<PraeventisMessage> findLiveForUpdate(UUID contactMomentId);

    @Query("select m from PraeventisMessage m where m.contactMomentId = :contactMomentId and m.state <> 'WITHDRAWN'")
    Optional<PraeventisMessage> findLive(UUID contactMomentId);

    List<PraeventisMessage> findByContactMomentIdIn(Collection<UUID> contactMomentIds);

    List<PraeventisMessage> findByStateOrderByQueuedAtAsc(MessageState state);

    List<PraeventisMessage> findByStateInOrderByQueuedAtAsc(Collection<MessageState> states);

    Optional<PraeventisMessage> findById(UUID id);
}
