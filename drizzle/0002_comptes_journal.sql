CREATE TABLE `compte_collectifs` (
	`compte_id` text NOT NULL,
	`collectif_id` text NOT NULL,
	PRIMARY KEY(`compte_id`, `collectif_id`),
	FOREIGN KEY (`compte_id`) REFERENCES `comptes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`collectif_id`) REFERENCES `collectifs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `comptes` (
	`id` text PRIMARY KEY NOT NULL,
	`nom` text NOT NULL,
	`role` text NOT NULL,
	`secret_hash` text NOT NULL,
	`secret_sel` text NOT NULL,
	`secret_params` text NOT NULL,
	`type` text NOT NULL,
	`echecs` integer DEFAULT 0 NOT NULL,
	`bloque_jusqu_a` text,
	`actif` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `journal` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`quand` text NOT NULL,
	`compte_id` text,
	`appel` text NOT NULL,
	`entite` text NOT NULL,
	`entite_id` text,
	`champs` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `journal_quand` ON `journal` (`quand`);