"""The live advisor: spots the playbook's patterns in the live's numbers and offers the plan's remedy (docs/advisor.md).

Pure: no Qt, no I/O. Fed on the pipeline thread with the KPI snapshots the window draws (`Advisor.observe_snapshot`)
or, without a window, with readings of an `EventTally` of decoded events.
"""

from console.advisor.advisor import Advisor
from console.advisor.model import KINDS, Advice, AdviceRecord, AdviceUpdate, Evidence, Remedy
from console.advisor.reading import EventTally, Reading, reading_from_snapshot
from console.advisor.seed import BaselineSeed, seed_from_readings

__all__ = ["KINDS", "Advice", "AdviceRecord", "AdviceUpdate", "Advisor", "BaselineSeed", "EventTally", "Evidence",
           "Reading", "Remedy", "reading_from_snapshot", "seed_from_readings"]
