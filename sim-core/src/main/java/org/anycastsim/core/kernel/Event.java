package org.anycastsim.core.kernel;

/**
 * Something that happens at a simulated instant. Events are typed objects or lambdas; the
 * kernel stores the reference the caller scheduled and allocates nothing else for it.
 */
@FunctionalInterface
public interface Event {
    void fire();
}
