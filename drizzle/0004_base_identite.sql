CREATE TABLE `base_identite` (
	`id` text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- 128 random bits, written as hex: made once, here, for new and existing bases alike.
INSERT INTO `base_identite` (`id`) VALUES (lower(hex(randomblob(16))));
