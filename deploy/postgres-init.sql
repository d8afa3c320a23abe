-- One database per service: each service owns its data (see ARCHITECTURE.md).
CREATE DATABASE indicator;
CREATE DATABASE budget;
CREATE DATABASE scoring;
CREATE DATABASE report;
