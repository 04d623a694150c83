package kz.koshi.demo.generator;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the population one household-sized slot at a time and streams each person's records out at
 * once, so memory does not grow with the population. Most slots are one person; a few are a
 * hard-negative group (see {@link HardNegatives}).
 */
final class PopulationGenerator {

    private static final double NAMESAKES = 0.02;
    private static final double TWINS = 0.008;
    private static final double FATHER_AND_SON = 0.012;
    private static final double SPOUSES = 0.025;

    private final PersonFactory factory;
    private final HardNegatives hardNegatives;
    private final Map<Source, Feed> feeds = new EnumMap<>(Source.class);
    private int personCount;
    private int groupCount;

    PopulationGenerator(NameBank names) {
        this.factory = new PersonFactory(names);
        this.hardNegatives = new HardNegatives(names, factory, this::nextPersonId);
        for (Feed feed : List.of(new BorderFeed(), new MigrationPoliceFeed(), new HotelFeed(), new LabourFeed(),
                new CrisisCentreFeed(names), new CareerCentreFeed())) {
            feeds.put(feed.source(), feed);
        }
    }

    /** Generates exactly {@code persons} true persons into {@code out}. */
    void generate(int persons, long seed, OutputFiles out) throws IOException {
        Dice master = new Dice(seed);
        while (personCount < persons) {
            Dice dice = master.split();
            List<TruePerson> slot = slot(Origin.random(dice), persons - personCount, dice);
            for (TruePerson person : slot) {
                out.person(person);
                for (Source source : FeedPlan.plan(person, dice)) {
                    out.record(person, feeds.get(source).render(person, dice), dice);
                }
            }
        }
    }

    private List<TruePerson> slot(Origin origin, int remaining, Dice dice) {
        double roll = dice.below(1_000_000) / 1_000_000.0;
        if (remaining >= 3) {
            if (roll < NAMESAKES) {
                return hardNegatives.namesakes(origin, nextGroupId(), dice);
            }
            if ((roll -= NAMESAKES) < TWINS) {
                return hardNegatives.twins(origin, nextGroupId(), dice);
            }
            if ((roll -= TWINS) < FATHER_AND_SON) {
                return hardNegatives.fatherAndSon(origin, nextGroupId(), dice);
            }
            if ((roll -= FATHER_AND_SON) < SPOUSES) {
                return hardNegatives.spouses(origin, nextGroupId(), dice);
            }
        }
        return List.of(factory.create(nextPersonId(), new PersonSpec(origin), dice));
    }

    private String nextPersonId() {
        return String.format("P%08d", ++personCount);
    }

    private String nextGroupId() {
        return String.format("G%07d", ++groupCount);
    }
}
