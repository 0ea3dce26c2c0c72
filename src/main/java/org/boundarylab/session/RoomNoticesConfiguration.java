package org.boundarylab.session;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database decides how live-session notices travel: PostgreSQL can serve several nodes, H2 one. */
@Configuration
class RoomNoticesConfiguration {

    @Bean
    RoomNotices roomNotices(
            @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String user,
            @Value("${spring.datasource.password:}") String password,
            JdbcClient jdbc) {
        return url.startsWith("jdbc:postgresql:")
                ? new PostgresRoomNotices(url, user, password, jdbc)
                : new LocalRoomNotices();
    }
}
