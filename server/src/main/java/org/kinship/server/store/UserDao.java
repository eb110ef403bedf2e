package org.kinship.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for people's accounts. */
@RegisterConstructorMapper(UserRow.class)
public interface UserDao {
    @SqlQuery("INSERT INTO users (handle, password_hash, org_role, created_at) VALUES (?, ?, ?, ?) RETURNING id")
    long insert(String handle, String passwordHash, String orgRole, long createdAt);

    @SqlQuery("SELECT * FROM users WHERE handle = ?")
    Optional<UserRow> findByHandle(String handle);

    @SqlQuery("SELECT * FROM users WHERE id = ?")
    Optional<UserRow> findById(long id);

    @SqlQuery("SELECT count(*) FROM users")
    long count();

    @SqlQuery("SELECT * FROM users ORDER BY handle COLLATE NOCASE")
    List<UserRow> all();

    @SqlUpdate("UPDATE users SET org_role = ? WHERE id = ?")
    int setRole(String orgRole, long id);

    @SqlUpdate("UPDATE users SET disabled_at = ? WHERE id = ?")
    int setDisabledAt(Long disabledAt, long id);

    @SqlUpdate("UPDATE users SET password_hash = ? WHERE id = ?")
    int setPasswordHash(String passwordHash, long id);
}
