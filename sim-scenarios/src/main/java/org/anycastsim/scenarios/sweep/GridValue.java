package org.anycastsim.scenarios.sweep;

import java.util.Objects;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.source.Position;

/**
 * One value of a grid parameter.
 *
 * @param text    as written in the sweep file: what the run's parameter column shows
 * @param setting what it changes in the base scenario
 * @param at      where it is written, so that the validator's objections point at it
 */
public record GridValue(String text, Setting setting, Position at) {

    public GridValue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(at, "at");
    }

    public Scenario applyTo(Scenario base) {
        return setting.applyTo(base, at);
    }
}
