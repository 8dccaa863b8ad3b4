CREATE TABLE `annees_archives` (
	`annee_id` text PRIMARY KEY NOT NULL,
	`archivee_le` text NOT NULL,
	`schema_version` text NOT NULL,
	`contenu` blob NOT NULL,
	FOREIGN KEY (`annee_id`) REFERENCES `annees_scolaires`(`id`) ON UPDATE no action ON DELETE no action
);
