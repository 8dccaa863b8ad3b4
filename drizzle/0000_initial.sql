CREATE TABLE `annees_scolaires` (
	`id` text PRIMARY KEY NOT NULL,
	`libelle` text NOT NULL,
	`debut` text NOT NULL,
	`fin` text NOT NULL,
	`zone` text NOT NULL,
	`intitule_projet` text NOT NULL,
	`numero_action` text,
	`courante` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `annees_scolaires_libelle` ON `annees_scolaires` (`libelle`);--> statement-breakpoint
CREATE TABLE `etablissements` (
	`id` text PRIMARY KEY NOT NULL,
	`nom` text NOT NULL,
	`type` text NOT NULL,
	`commune` text NOT NULL,
	`adresse` text,
	`email` text,
	`rep` integer
);
--> statement-breakpoint
CREATE TABLE `intervenants` (
	`id` text PRIMARY KEY NOT NULL,
	`prenom` text NOT NULL,
	`nom` text NOT NULL,
	`statut` text NOT NULL,
	`heures_hors_seances` real
);
--> statement-breakpoint
CREATE TABLE `lieux` (
	`id` text PRIMARY KEY NOT NULL,
	`nom` text NOT NULL,
	`adresse` text NOT NULL,
	`commune` text NOT NULL,
	`type_local` text NOT NULL,
	`quartier_prioritaire` integer
);
--> statement-breakpoint
CREATE TABLE `structure` (
	`id` integer PRIMARY KEY NOT NULL,
	`nom` text NOT NULL,
	`adresse` text NOT NULL,
	`code_postal` text NOT NULL,
	`commune` text NOT NULL,
	`departement_caf` text NOT NULL,
	`milieu_rural` integer NOT NULL,
	`telephone` text,
	`email` text,
	`coord_prenom` text NOT NULL,
	`coord_nom` text NOT NULL,
	`coord_email` text,
	`coord_telephone` text,
	`coord_diplome_bac_plus2` integer
);
--> statement-breakpoint
CREATE TABLE `collectif_etablissements` (
	`collectif_id` text NOT NULL,
	`etablissement_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`collectif_id`, `etablissement_id`),
	FOREIGN KEY (`collectif_id`) REFERENCES `collectifs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`etablissement_id`) REFERENCES `etablissements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `collectif_intervenants` (
	`collectif_id` text NOT NULL,
	`intervenant_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`collectif_id`, `intervenant_id`),
	FOREIGN KEY (`collectif_id`) REFERENCES `collectifs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`intervenant_id`) REFERENCES `intervenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `collectifs` (
	`id` text PRIMARY KEY NOT NULL,
	`annee_id` text NOT NULL,
	`nom` text NOT NULL,
	`niveau` text NOT NULL,
	`lieu_id` text NOT NULL,
	FOREIGN KEY (`annee_id`) REFERENCES `annees_scolaires`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lieu_id`) REFERENCES `lieux`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `collectifs_annee` ON `collectifs` (`annee_id`);--> statement-breakpoint
CREATE TABLE `creneaux` (
	`collectif_id` text NOT NULL,
	`position` integer NOT NULL,
	`jour` integer NOT NULL,
	`heure_debut` text NOT NULL,
	`duree_minutes` integer NOT NULL,
	PRIMARY KEY(`collectif_id`, `position`),
	FOREIGN KEY (`collectif_id`) REFERENCES `collectifs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `enfants` (
	`id` text PRIMARY KEY NOT NULL,
	`prenom` text NOT NULL,
	`nom` text NOT NULL,
	`date_naissance` text,
	`sexe` text,
	`niveau` text NOT NULL,
	`etablissement_id` text,
	`famille_id` text,
	`origine_inscription` text,
	`situations` text,
	FOREIGN KEY (`etablissement_id`) REFERENCES `etablissements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`famille_id`) REFERENCES `familles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `enfants_famille` ON `enfants` (`famille_id`);--> statement-breakpoint
CREATE TABLE `familles` (
	`id` text PRIMARY KEY NOT NULL,
	`nom` text NOT NULL,
	`telephone` text,
	`email` text,
	`quartier_prioritaire` integer,
	`langue_parlee` text,
	`besoin_interprete` integer
);
--> statement-breakpoint
CREATE TABLE `inscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`enfant_id` text NOT NULL,
	`collectif_id` text NOT NULL,
	`du` text NOT NULL,
	`au` text,
	FOREIGN KEY (`enfant_id`) REFERENCES `enfants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`collectif_id`) REFERENCES `collectifs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `inscriptions_enfant` ON `inscriptions` (`enfant_id`);--> statement-breakpoint
CREATE INDEX `inscriptions_collectif` ON `inscriptions` (`collectif_id`);--> statement-breakpoint
CREATE TABLE `presences` (
	`seance_id` text NOT NULL,
	`enfant_id` text NOT NULL,
	`statut` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`seance_id`, `enfant_id`),
	FOREIGN KEY (`seance_id`) REFERENCES `seances`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`enfant_id`) REFERENCES `enfants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `presences_enfant` ON `presences` (`enfant_id`);--> statement-breakpoint
CREATE TABLE `seance_intervenants` (
	`seance_id` text NOT NULL,
	`intervenant_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`seance_id`, `intervenant_id`),
	FOREIGN KEY (`seance_id`) REFERENCES `seances`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`intervenant_id`) REFERENCES `intervenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `seances` (
	`id` text PRIMARY KEY NOT NULL,
	`collectif_id` text NOT NULL,
	`date` text NOT NULL,
	`heure_debut` text NOT NULL,
	`duree_minutes` integer NOT NULL,
	`annulee` integer,
	`motif_annulation` text,
	`activites` text,
	`note` text,
	FOREIGN KEY (`collectif_id`) REFERENCES `collectifs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `seances_collectif_date` ON `seances` (`collectif_id`,`date`);--> statement-breakpoint
CREATE TABLE `action_parents_collectifs` (
	`action_id` text NOT NULL,
	`collectif_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`action_id`, `collectif_id`),
	FOREIGN KEY (`action_id`) REFERENCES `actions_parents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`collectif_id`) REFERENCES `collectifs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `action_parents_familles` (
	`action_id` text NOT NULL,
	`famille_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`action_id`, `famille_id`),
	FOREIGN KEY (`action_id`) REFERENCES `actions_parents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`famille_id`) REFERENCES `familles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `actions_parents` (
	`id` text PRIMARY KEY NOT NULL,
	`annee_id` text NOT NULL,
	`date` text NOT NULL,
	`duree_minutes` integer,
	`objectifs` text NOT NULL,
	`format` text,
	`nb_parents` integer NOT NULL,
	`nb_enfants` integer,
	`bonus` text,
	`intitule` text,
	`note` text,
	`familles_renseignees` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`annee_id`) REFERENCES `annees_scolaires`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `actions_parents_annee` ON `actions_parents` (`annee_id`);--> statement-breakpoint
CREATE TABLE `concertations` (
	`id` text PRIMARY KEY NOT NULL,
	`annee_id` text NOT NULL,
	`date` text NOT NULL,
	`avec` text NOT NULL,
	`etablissement_id` text,
	`partenaire` text,
	`type` text NOT NULL,
	`formalise` integer NOT NULL,
	`note` text,
	FOREIGN KEY (`annee_id`) REFERENCES `annees_scolaires`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`etablissement_id`) REFERENCES `etablissements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `concertations_annee` ON `concertations` (`annee_id`);--> statement-breakpoint
CREATE TABLE `depenses` (
	`projet_id` text NOT NULL,
	`position` integer NOT NULL,
	`nature` text NOT NULL,
	`libelle` text NOT NULL,
	`montant_euros` real NOT NULL,
	PRIMARY KEY(`projet_id`, `position`),
	FOREIGN KEY (`projet_id`) REFERENCES `projets_bonus`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `formation_intervenants` (
	`formation_id` text NOT NULL,
	`intervenant_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`formation_id`, `intervenant_id`),
	FOREIGN KEY (`formation_id`) REFERENCES `formations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`intervenant_id`) REFERENCES `intervenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `formations` (
	`id` text PRIMARY KEY NOT NULL,
	`annee_id` text NOT NULL,
	`organisme` text NOT NULL,
	`intitule` text NOT NULL,
	`dates` text NOT NULL,
	FOREIGN KEY (`annee_id`) REFERENCES `annees_scolaires`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `projet_bonus_collectifs` (
	`projet_id` text NOT NULL,
	`collectif_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`projet_id`, `collectif_id`),
	FOREIGN KEY (`projet_id`) REFERENCES `projets_bonus`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`collectif_id`) REFERENCES `collectifs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `projets_bonus` (
	`id` text PRIMARY KEY NOT NULL,
	`annee_id` text NOT NULL,
	`type` text NOT NULL,
	`intitule` text NOT NULL,
	`toute_annee` integer NOT NULL,
	FOREIGN KEY (`annee_id`) REFERENCES `annees_scolaires`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `reponses` (
	`annee_id` text NOT NULL,
	`question_id` text NOT NULL,
	`texte` text NOT NULL,
	PRIMARY KEY(`annee_id`, `question_id`),
	FOREIGN KEY (`annee_id`) REFERENCES `annees_scolaires`(`id`) ON UPDATE no action ON DELETE no action
);
