package nl.ddjgz.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UserAccountRepository extends Repository<UserAccount, Long> {

    UserAccount save(UserAccount account);

    Optional<UserAccount> findById(Long id);

    @Query("select u from UserAccount u where lower(u.username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAllByOrderByUsernameAsc();

    long count();

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = nl.ddjgz.security.Role.ADMIN")
    boolean anyAdministrator();
}
