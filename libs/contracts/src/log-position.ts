/** Where a consumed event sits in the log; the offset is kafkajs' decimal string, so no precision is lost. */
export interface LogPosition {
  topic: string;
  partition: number;
  offset: string;
}
