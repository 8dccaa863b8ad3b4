CREATE TABLE `bilan_corrections` (
	`annee_id` text NOT NULL,
	`cle` text NOT NULL,
	`valeur` text NOT NULL,
	PRIMARY KEY(`annee_id`, `cle`),
	FOREIGN KEY (`annee_id`) REFERENCES `annees_scolaires`(`id`) ON UPDATE no action ON DELETE no action
);
