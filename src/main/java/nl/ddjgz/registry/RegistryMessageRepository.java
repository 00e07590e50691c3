package nl.ddjgz.registry;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RegistryMessageRepository extends Repository<RegistryMessage, UUID> {

    RegistryMessage save(RegistryMessage message);

    <S extends RegistryMessage> List<S> saveAll(Iterable<S> messages);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from RegistryMessage m where m.contactMomentId = :contactMomentId"
            + " and m.state not in ('WITHDRAWN', 'RETRACTED') and m.operation = 'REGISTER'")
    Optional<RegistryMessage> findLiveForUpdate(UUID contactMomentId);

    @Query("select m from RegistryMessage m where m.contactMomentId = :contactMomentId"
            + " and m.state not in ('WITHDRAWN', 'RETRACTED') and m.operation = 'REGISTER'")
    Optional<RegistryMessage> findLive(UUID contactMomentId);

    List<RegistryMessage> findByContactMomentIdIn(Collection<UUID> contactMomentIds);

    List<RegistryMessage> findByStateOrderByQueuedAtAsc(MessageState state);

    List<RegistryMessage> findByStateInOrderByQueuedAtAsc(Collection<MessageState> states);

    Optional<RegistryMessage> findById(UUID id);

    /** Writes pending changes now (see {@link Outbox#retract}). */
    void flush();
}
