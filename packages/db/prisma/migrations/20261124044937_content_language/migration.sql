-- AlterTable
ALTER TABLE "Network" ADD COLUMN     "language" "Locale" NOT NULL DEFAULT 'nb';

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "language" "Locale" NOT NULL DEFAULT 'nb';
