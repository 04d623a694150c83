/**
 * Border posts' crossings and agency feeds' source records arriving on Kafka topics (issue 18): one topic per feed,
 * bound to the agency that writes it, consumed into the same application services as the HTTP API
 * ({@code border.CrossingIntake}, {@code identity.IdentityResolution}) with their once-only keys; a record that cannot
 * be accepted goes to the feed's dead-letter topic with the ProblemDetail that says why. Off unless
 * {@code koshi.kafka.enabled=true}. Depends on {@code border}, {@code identity}, {@code access} (the agency system's
 * principal and scopes), {@code reference} (agencies) and {@code shared}; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"border", "identity", "access", "reference", "shared"})
package kz.koshi.feeds;
