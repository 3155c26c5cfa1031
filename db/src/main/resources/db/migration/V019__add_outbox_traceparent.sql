-- The W3C trace context (traceparent) of the transaction that wrote the row, so the relay continues that trace when it
-- sends the message: one trace from HTTP intake through the relay and Kafka to the worker. Null when nothing traced.
alter table outbox_message add column traceparent varchar(128);
