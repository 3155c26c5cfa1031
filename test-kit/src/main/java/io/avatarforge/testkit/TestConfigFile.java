package io.avatarforge.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operator configuration file an {@link AvatarServerTest} class starts with: written to
 * {@code <data dir>/avatar_config.json} before the context starts, and named by {@code avatar.config-path}. Give either
 * the JSON itself ({@link #value}) or a class path resource to copy ({@link #resource}). Without this annotation the
 * path names a file that does not exist, and the service starts from its built-in defaults.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface TestConfigFile {

    /** The file's content, a JSON document. */
    String value() default "";

    /** A class path resource (for example {@code /config/spec-example-config.json}) whose bytes become the file. */
    String resource() default "";
}
