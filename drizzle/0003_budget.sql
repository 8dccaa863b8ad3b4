CREATE TABLE `budget_lignes` (
	`annee_id` text NOT NULL,
	`position` integer NOT NULL,
	`poste` text NOT NULL,
	`libelle` text,
	`previsionnel_centimes` integer,
	`realise_centimes` integer,
	PRIMARY KEY(`annee_id`, `position`),
	FOREIGN KEY (`annee_id`) REFERENCES `annees_scolaires`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `budget_parametres` (
	`annee_id` text PRIMARY KEY NOT NULL,
	`budget_saisi` integer DEFAULT false NOT NULL,
	`taux_horaire_benevolat_centimes` integer,
	`benevoles_voient` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`annee_id`) REFERENCES `annees_scolaires`(`id`) ON UPDATE no action ON DELETE no action
);
