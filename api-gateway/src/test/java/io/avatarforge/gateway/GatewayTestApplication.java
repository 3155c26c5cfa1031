package io.avatarforge.gateway;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** Boots the gateway role alone, as the production gateway does, without its production guard. */
@SpringBootConfiguration
@EnableAutoConfiguration
class GatewayTestApplication {
}
