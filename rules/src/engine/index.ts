// The eligibility rules engine. (being written)
export {};
