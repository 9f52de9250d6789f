package io.followthrough.plan.action;

/** The movement tally of a set of actions: how many improved, stayed the same or got worse, and how many had no
 * earlier rating to compare with. */
public record Movement(long improved, long same, long worse, long notCompared) {

    public static Movement of(Iterable<Direction> directions) {
        long improved = 0;
        long same = 0;
        long worse = 0;
        long notCompared = 0;
        for (Direction direction : directions) {
            switch (direction) {
                case IMPROVED -> improved++;
                case SAME -> same++;
                case WORSENED -> worse++;
                case NOT_COMPARED -> notCompared++;
            }
        }
        return new Movement(improved, same, worse, notCompared);
    }
}
