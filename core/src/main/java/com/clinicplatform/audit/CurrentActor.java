package com.clinicplatform.audit;

/**
 * Says who is acting right now. The app that serves people provides it (from its signed-in user and request); without
 * one, the platform itself is the actor.
 */
@FunctionalInterface
public interface CurrentActor {

    Actor get();
}
