package jp.tokyo.monozukuri.grant;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import jp.tokyo.monozukuri.grant.application.GrantChanges;
import jp.tokyo.monozukuri.grant.application.GrantEventOutbox;
import jp.tokyo.monozukuri.grant.application.GrantProperties;
import jp.tokyo.monozukuri.grant.application.OverdueReportCheck;
import jp.tokyo.monozukuri.grant.persistence.DocumentNumberRegister;
import jp.tokyo.monozukuri.grant.persistence.GrantStore;
import jp.tokyo.monozukuri.testsupport.TestInfrastructure;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * The parts of another replica of grant-service: its own connection to the same store, its own instances of the
 * classes under test, as a second process would have them.
 */
public final class SecondReplica implements AutoCloseable {

    private final MongoClient client;
    private final MongoTemplate mongo;
    private final Clock clock;

    public SecondReplica(MongoTemplate sameStore, Clock clock) {
        this.client = MongoClients.create(TestInfrastructure.endpoints().mongoUri());
        this.mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, sameStore.getDb().getName()),
                sameStore.getConverter());
        this.clock = clock;
    }

    public OverdueReportCheck overdueReportCheck() {
        GrantStore store = new GrantStore(mongo);
        return new OverdueReportCheck(store, new GrantChanges(store, new GrantEventOutbox(clock)), clock);
    }

    public DocumentNumberRegister documentNumbers(GrantProperties properties) {
        return new DocumentNumberRegister(mongo, properties.documents().symbol(), clock);
    }

    @Override
    public void close() {
        client.close();
    }
}
