package org.legalaid.duty;

import java.util.EnumMap;
import java.util.Map;

/**
 * The duty-lawyer figures of one station, or of all stations under a unit (legal-aid-rules.md §8.3, §10.2): people
 * helped (person-times), applications forwarded and how many of those late (D2), applications still to forward past
 * D2, plea-leniency cases, presence at the signing of the plea agreement, meeting requests and how many were notified
 * late (D14), and people helped by stage.
 */
public record StationFigures(long unitId, String name, long peopleHelped, long applicationsForwarded, long forwardedLate,
		long forwardOverdue, long pleaLeniency, long presentAtSigning, long meetingRequests, long notifiedLate,
		Map<HelpStage, Long> byStage) {

	public StationFigures {
		EnumMap<HelpStage, Long> stages = new EnumMap<>(HelpStage.class);
		for (HelpStage s : HelpStage.values()) {
			stages.put(s, byStage.getOrDefault(s, 0L));
		}
		byStage = Map.copyOf(stages);
	}

	public long atStage(HelpStage stage) {
		return byStage.get(stage);
	}

	StationFigures plus(StationFigures o) {
		EnumMap<HelpStage, Long> stages = new EnumMap<>(HelpStage.class);
		for (HelpStage s : HelpStage.values()) {
			stages.put(s, atStage(s) + o.atStage(s));
		}
		return new StationFigures(unitId, name, peopleHelped + o.peopleHelped, applicationsForwarded + o.applicationsForwarded,
				forwardedLate + o.forwardedLate, forwardOverdue + o.forwardOverdue, pleaLeniency + o.pleaLeniency,
				presentAtSigning + o.presentAtSigning, meetingRequests + o.meetingRequests, notifiedLate + o.notifiedLate, stages);
	}

	static StationFigures zero(long unitId, String name) {
		return new StationFigures(unitId, name, 0, 0, 0, 0, 0, 0, 0, 0, Map.of());
	}
}
