package org.kinship.server.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for the organisation's word list. */
@RegisterConstructorMapper(WordRow.class)
public interface WordDao {
    @SqlQuery("SELECT word, action FROM word_rules ORDER BY word")
    List<WordRow> all();

    @SqlUpdate("DELETE FROM word_rules")
    void deleteAll();

    @SqlUpdate("INSERT INTO word_rules (word, action, created_by, created_at) VALUES (?, ?, ?, ?)")
    void insert(String word, String action, long createdBy, long createdAt);
}
