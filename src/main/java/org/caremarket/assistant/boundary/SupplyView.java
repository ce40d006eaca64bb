package org.caremarket.assistant.boundary;

import java.util.List;
import org.caremarket.assistant.control.AssistantSupply;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssistantSupply", description = "Listed PAs against introductions waiting for an answer, by postcode district "
        + "(the PA's home; the person's) and by skill (the PA's; those the person asked for).")
public record SupplyView(@Schema(description = "Null: all of England.", example = "E08000035") String councilCode,
                         int assistants, @Schema(description = "Verified with every check in date.") int verified,
                         int openIntroductions, List<AssistantSupply.ByDistrict> byDistrict,
                         List<AssistantSupply.BySkill> bySkill) {

    static SupplyView of(AssistantSupply.Figures f) {
        return new SupplyView(f.councilCode(), f.assistants(), f.verified(), f.openIntroductions(), f.byDistrict(), f.bySkill());
    }
}
