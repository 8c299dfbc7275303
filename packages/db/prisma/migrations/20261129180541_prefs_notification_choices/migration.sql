-- CreateEnum
CREATE TYPE "DeliveryChoice" AS ENUM ('immediate', 'digest', 'off');

-- CreateTable
CREATE TABLE "NotificationChoice" (
    "userId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "choice" "DeliveryChoice" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationChoice_pkey" PRIMARY KEY ("userId","category")
);

-- CreateTable
CREATE TABLE "DigestItem" (
    "outboxMessageId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "digestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestItem_pkey" PRIMARY KEY ("outboxMessageId")
);

-- CreateTable
CREATE TABLE "SiteSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SiteSecret_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "DigestItem_userId_digestedAt_idx" ON "DigestItem"("userId", "digestedAt");

-- AddForeignKey
ALTER TABLE "NotificationChoice" ADD CONSTRAINT "NotificationChoice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
