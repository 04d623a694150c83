package kz.koshi.border.booth;

import java.util.List;

import kz.koshi.border.BanView;
import kz.koshi.border.CrossingView;
import kz.koshi.border.GuardianView;

/**
 * What the officer needs to decide a held crossing, beyond its own facts: the traveller's age, their bans and
 * watch-list entries (kind, reason, basis), each child travelling with them (age, and whether this adult is a parent
 * or guardian on record), and their last crossings before this one, newest first.
 */
public record CrossingContext(int travellerAge, List<BanView> bans, List<Child> children, List<CrossingView> lastCrossings) {

    /** A child on the crossing: the adult with them is on record as parent or guardian, or not; all those on record. */
    public record Child(CrossingMinor minor, int age, boolean adultOnRecord, List<GuardianView> guardians) {
    }
}
