package org.caremarket.assistant.entity;

/**
 * What a personal assistant can do, in the words PA finders and direct-payment support services use.
 * At most 63 skills (a listing keeps them as bits of one {@code long}).
 */
public enum Skill {
    PERSONAL_CARE("Personal care: washing, dressing, continence"),
    MOVING_AND_HANDLING("Moving and handling, including hoists and slings"),
    MEDICATION("Prompting and giving medication"),
    PEG_FEEDING("PEG and other tube feeding"),
    CATHETER_AND_STOMA_CARE("Catheter and stoma care"),
    EPILEPSY_RESCUE_MEDICATION("Epilepsy, including rescue medication"),
    AUTISM("Supporting autistic people"),
    LEARNING_DISABILITY("Supporting people with a learning disability"),
    DEMENTIA("Supporting people living with dementia"),
    MENTAL_HEALTH("Supporting people with mental health needs"),
    PHYSICAL_DISABILITY("Supporting people with a physical disability"),
    SENSORY_IMPAIRMENT("Supporting people with sight or hearing loss"),
    BRITISH_SIGN_LANGUAGE("British Sign Language"),
    END_OF_LIFE_CARE("End-of-life care"),
    MEAL_PREPARATION("Shopping, cooking and meal preparation"),
    DOMESTIC_SUPPORT("Cleaning, laundry and keeping house"),
    SOCIAL_AND_LEISURE("Going out: social, leisure and community activities"),
    DRIVING_OWN_CAR("Driving, with their own car and business insurance");

    private final String label;

    Skill(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public long bit() {
        return 1L << ordinal();
    }

    public static long mask(Iterable<Skill> skills) {
        long mask = 0;
        for (Skill s : skills) {
            mask |= s.bit();
        }
        return mask;
    }

    public static java.util.List<Skill> of(long mask) {
        java.util.List<Skill> skills = new java.util.ArrayList<>();
        for (Skill s : values()) {
            if ((mask & s.bit()) != 0) {
                skills.add(s);
            }
        }
        return skills;
    }
}
